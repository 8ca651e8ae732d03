import { progress } from '../progress';
import type { Credentials, Scenario } from '../scenarios/scenario';
import type { RunningService } from '../stack/start-service';
import { checkFloorParity, type ParityReport } from './floor-parity';

/** The floor's parity check on a running stack, when both the web BFF and the floor run. */
export async function checkStackParity(
  services: ReadonlyMap<string, RunningService>,
  scenarios: readonly Scenario[],
  credentials: Credentials,
): Promise<ParityReport | undefined> {
  const web = services.get('web');
  const floor = services.get('floor');
  const floorScenario = scenarios.find((s) => s.role === 'floor');
  if (!web || !floor || !floorScenario) return undefined;
  const report = await checkFloorParity(web, floor, (path) =>
    floorScenario.requests(credentials, path),
  );
  progress(
    `  floor parity: ${report.checked} OrderHistory responses deep-equal the BFF's` +
      ` (${report.sameBytes ? 'byte-identical' : 'same JSON, different bytes'}, ${report.bytes} bytes)`,
  );
  return report;
}
