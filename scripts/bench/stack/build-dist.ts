import { execFileSync } from 'node:child_process';
import { projectRoot } from '../../../services/shared';
import { loud, progress } from '../progress';

/**
 * `npm run build`, for every benchmark suite. tsc emits even when it reports type errors, so a
 * failing build (another module mid-change) still leaves a runnable dist/: say so loudly and
 * go on. Its output goes to stderr: stdout carries the tables only.
 */
export function buildDist(): void {
  progress('building (npm run build)');
  try {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: projectRoot(), stdio: ['ignore', 2, 2] });
  } catch {
    loud('npm run build reported errors; benchmarking what tsc emitted anyway');
  }
}
