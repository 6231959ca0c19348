/** The parts of a V8 CPU profile (inspector's Profiler.stop) the breakdown reads. */
export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }>;
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives: an npm package, a folder of src/, a part of Node, or V8 itself. */
function placeOf(url: string, functionName: string): string {
  const npm = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (npm?.[1]) return npm[1];
  const own = /\/dist\/src\/([^/]+)\//.exec(url);
  if (own?.[1]) return `src/${own[1]}`;
  if (url.startsWith('node:')) {
    const inner = /^node:(?:internal\/)?([^/]+)/.exec(url);
    return `node:${inner?.[1] ?? url}`;
  }
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  return url;
}

const MICROSECONDS = 1_000;

function table(title: string, rows: Array<[string, number]>, total: number, requests: number): string {
  const lines = rows.map(
    ([name, micros]) =>
      `${(micros / MICROSECONDS / requests).toFixed(3).padStart(8)} ms ${((micros / total) * 100).toFixed(1).padStart(5)} %  ${name}`,
  );
  return [`${title} (per request, share of the sampled time)`, ...lines].join('\n');
}

/**
 * Self time by place (package or src folder), then the functions with the most self and total
 * time, each divided by the requests served while profiling. Total time counts a function once per
 * sample however deep it recurses; work after an `await` is not under its caller, so totals of
 * async functions are lower bounds.
 */
export function profileBreakdown(profile: CpuProfile, requests: number, top: number): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfByPlace = new Map<string, number>();
  const selfByFunction = new Map<string, number>();
  const totalByFunction = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, micros: number) =>
    map.set(key, (map.get(key) ?? 0) + micros);
  let total = 0;
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    const node = byId.get(id);
    if (!node) return;
    const { functionName, url } = node.callFrame;
    const place = placeOf(url, functionName);
    total += micros;
    add(selfByPlace, place, micros);
    const label = (frame: typeof node.callFrame) =>
      `${frame.functionName || '(anonymous)'} ${placeOf(frame.url, frame.functionName)}:${frame.lineNumber + 1}`;
    add(selfByFunction, label(node.callFrame), micros);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame || frame.functionName === '(root)') continue;
      const name = label(frame);
      if (!seen.has(name)) add(totalByFunction, name, micros);
      seen.add(name);
    }
  });
  const sorted = (map: Map<string, number>, count: number) =>
    [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, count);
  const wall = (profile.endTime - profile.startTime) / MICROSECONDS;
  return [
    `${requests} requests in ${Math.round(wall)} ms of wall time: ${(wall / requests).toFixed(3)} ms each`,
    table('Self time by place', sorted(selfByPlace, 40), total, requests),
    table('Self time by function', sorted(selfByFunction, top), total, requests),
    table('Total time by function', sorted(totalByFunction, top), total, requests),
  ].join('\n\n');
}
