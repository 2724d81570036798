/**
 * Kicks out of a local optimum (iterated local search): boats make the cost a step function,
 * so 2-opt and or-opt stall where two changes together would catch an earlier boat but
 * neither does alone. A double bridge (cut the order into A B C D, rejoin as A C B D) makes
 * such a pair of changes; the kicked order is improved again and kept when better. The kicks
 * are drawn from a fixed seed, so the same request always gets the same plan, and stop at a
 * budget of evaluations, so a 30-household day stays fast.
 */
import { improve, type Scored } from './improve.ts';
import { mulberry32 } from './random.ts';
import { better, type Route } from './route.ts';

/** At most this many kicks… */
const MAX_KICKS = 8;
/** …while the kicks have used fewer route evaluations than this. */
const KICK_BUDGET = 20_000;

/** The best of `start` and its kicked, re-improved variants. */
export function kick(route: Route, start: Scored, near?: Uint8Array): Scored {
  const n = start.order.length;
  if (n < 4) return start;
  const random = mulberry32(n);
  const spent = route.evaluations;
  let best = start;
  for (let k = 0; k < MAX_KICKS && route.evaluations - spent < KICK_BUDGET; k++) {
    const cut = () => 1 + Math.floor(random() * (n - 1));
    const [i = 1, j = 2, l = 3] = [cut(), cut(), cut()].sort((a, b) => a - b);
    const { order } = best;
    const kicked = [
      ...order.slice(0, i),
      ...order.slice(j, l),
      ...order.slice(i, j),
      ...order.slice(l),
    ];
    const scored = improve(route, kicked, near);
    if (better(scored.cost, best.cost)) best = scored;
  }
  return best;
}
