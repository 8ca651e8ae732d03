import { readText } from './project-files';

export interface Instruction {
  readonly op: string;
  readonly args: string;
}

export interface Stage {
  readonly image: string;
  readonly name: string | undefined;
  readonly instructions: readonly Instruction[];
}

/** Dockerfile stages with their instructions; comments dropped, `\` continuations joined. */
export function dockerStages(path = 'Dockerfile'): Stage[] {
  const lines = readText(path)
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const stages: { image: string; name: string | undefined; instructions: Instruction[] }[] = [];
  for (const line of lines) {
    const [op = '', ...rest] = line.split(/\s+/);
    const args = rest.join(' ');
    if (op.toUpperCase() === 'FROM') {
      const [image = '', as, name] = rest;
      stages.push({ image, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [] });
    } else {
      stages.at(-1)?.instructions.push({ op: op.toUpperCase(), args });
    }
  }
  return stages;
}

/** The arguments of every instruction `op` in a stage. */
export function argsOf(stage: Stage, op: string): string[] {
  return stage.instructions.filter((i) => i.op === op).map((i) => i.args);
}

/** An exec-form instruction (`["node", "x"]`) as its list of strings. */
export function execForm(args: string): string[] {
  const parsed: unknown = JSON.parse(args);
  if (!Array.isArray(parsed) || !parsed.every((a) => typeof a === 'string')) {
    throw new Error(`not an exec form: ${args}`);
  }
  return parsed;
}

/** The last stage: what the image runs. */
export function runtimeStage(path = 'Dockerfile'): Stage {
  const stage = dockerStages(path).at(-1);
  if (!stage) throw new Error(`${path} has no FROM`);
  return stage;
}
