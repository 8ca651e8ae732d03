// Logging stays honest (as Apollo's suite does): a test that writes to the console fails,
// so stray debug output and unexpected warnings are caught where they start.
const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;

for (const method of methods) {
  jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    throw new Error(`console.${method} called during a test: ${args.map(String).join(' ')}`);
  });
}
