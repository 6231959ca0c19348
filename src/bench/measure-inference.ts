import type { InferenceConfig } from '../config';
import type { Executor } from '../db/executor';
import { InferenceRepository } from '../inference/inference.repository';
import { InferenceService } from '../inference/inference.service';
import type { InferenceMeasure } from './bench-report';
import { timed } from './latency';
import { withPeakRss } from './peak-rss';

/** Runs the inference over every event of the graph, as `npm run infer` does. */
export async function measureInference(
  executor: Executor,
  defaults: InferenceConfig,
): Promise<InferenceMeasure> {
  const service = new InferenceService(new InferenceRepository(executor), defaults, null);
  const [[ms, proposals], peakRssMegabytes] = await withPeakRss(() =>
    timed(() => service.inferAll({}, null)),
  );
  return { seconds: Math.round(ms / 10) / 100, proposals: proposals.length, peakRssMegabytes };
}
