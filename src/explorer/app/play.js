// The play button: steps the brushed period forward one bin (a day, a month or a year) at a time.
const STEP_MS = 900;

/** onStep(range) is called with each new period; the player stops at the end of the time bar. */
export function createPlayer(timeBar, button, onStep) {
  let timer = null;

  function stop() {
    if (timer !== null) clearInterval(timer);
    timer = null;
    button.textContent = '▶ Play';
    button.setAttribute('aria-pressed', 'false');
  }

  function step() {
    const extent = timeBar.extent();
    if (!extent) return stop();
    const current = timeBar.range() ?? [extent[0], timeBar.step(extent[0], 1) - 1];
    const next = timeBar.range()
      ? [timeBar.step(current[0], 1), timeBar.step(current[1] + 1, 1) - 1]
      : current;
    if (next[0] >= extent[1]) return stop();
    timeBar.setRange(next);
    onStep(next);
  }

  button.addEventListener('click', () => {
    if (timer !== null) return stop();
    button.textContent = '❚❚ Pause';
    button.setAttribute('aria-pressed', 'true');
    step();
    timer = setInterval(step, STEP_MS);
  });
  return { stop };
}
