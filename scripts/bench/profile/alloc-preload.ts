/**
 * Loaded into a BFF with `node --require dist/scripts/bench/profile/alloc-preload.js`: the
 * first SIGUSR2 starts V8's sampling heap profiler, the second stops it and writes the
 * profile to ALLOC_PROFILE_FILE. Collected objects are kept in the samples, so the profile
 * shows what a request allocates (what the GC has to clear), not only what survives it.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

const SAMPLING_INTERVAL_BYTES = 8192;
const file = process.env.ALLOC_PROFILE_FILE;
const session = new Session();
let sampling = false;

async function toggle(): Promise<void> {
  if (!sampling) {
    session.connect();
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: SAMPLING_INTERVAL_BYTES,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    } as { samplingInterval: number });
    sampling = true;
    return;
  }
  const { profile } = await session.post('HeapProfiler.stopSampling');
  sampling = false;
  // Written whole, then renamed: whoever waits for the file never reads half of it.
  if (file) {
    writeFileSync(`${file}.partial`, JSON.stringify(profile));
    renameSync(`${file}.partial`, file);
  }
  session.disconnect();
}

process.on('SIGUSR2', () => {
  toggle().catch((error: Error) => process.stderr.write(`alloc-preload: ${error.message}\n`));
});
