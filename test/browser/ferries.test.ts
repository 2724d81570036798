/**
 * Ferries and today's plan without signal, in the built app on real Chromium against the real
 * server with the demo station (its timetable imported from the demo GTFS feed). The page's
 * clock is fixed, so the boats on screen can be compared with the timetable itself; so is the
 * station's, so that the leader's test finds boats running whatever the hour of the run.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/demo/accounts.ts';
import { zh } from '../../src/client/i18n/zh.ts';
import type { Crossing } from '../../src/shared/entities.ts';
import { crossingBoard, departuresBetween, isLastSoon } from '../../src/shared/ferry/departures.ts';
import type { Suspension } from '../../src/shared/ferry/timetable.ts';
import { chromiumAvailable, launchChromium, phoneContext } from '../support/chromium.ts';
import { waitForServiceWorkerControl } from '../support/pwaHelpers.ts';
import { type StationServer, startStationServer } from '../support/stationServer.ts';
import { recordVisitThroughUi, signIn } from '../support/visitUi.ts';

const run = chromiumAvailable();
/** Screens render from IndexedDB within moments; a loaded CI machine may take seconds. */
const SLOW = { timeout: 20_000 };

/** Today's date at the station, `YYYY-MM-DD`. */
const stationToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
/** An instant today at the station's wall-clock time `HH:MM`. */
const todayAt = (clock: string) => new Date(`${stationToday()}T${clock}:00+08:00`);

describe.skipIf(!run)('ferries and the day plan, offline', () => {
  let browser: Browser;
  let server: StationServer;
  let context: BrowserContext | undefined;
  let crossings: Crossing[];

  /** The station's clock: 09:00 today, when boats run. */
  const STATION_NOW = todayAt('09:00');

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startStationServer({ now: () => new Date(STATION_NOW) });
    const rows = await server.ctx.db
      .selectFrom('change_feed')
      .select('data')
      .where('entity', '=', 'crossing')
      .where('op', '=', 'put')
      .execute();
    crossings = rows.map((r) => JSON.parse(r.data ?? 'null') as Crossing);
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  /** officer01 signed in on a phone whose clock reads `time`, then cut off from the network. */
  async function offlineOfficer(time: Date): Promise<Page> {
    context = await phoneContext(browser);
    const page = await context.newPage();
    await page.clock.setFixedTime(time);
    await signIn(page, server.url);
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    return page;
  }

  async function suspend(crossingId: string, from: Date, until: Date): Promise<Suspension> {
    const login = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'leader', password: DEMO_PASSWORD, deviceName: 'station desk' },
    });
    const { token } = login.json() as { token: string };
    const answer = await server.app.inject({
      method: 'POST',
      url: '/api/ferries/suspensions',
      headers: { authorization: `Bearer ${token}` },
      payload: {
        crossingId,
        from: from.toISOString(),
        until: until.toISOString(),
        reason: 'fog',
        note: '大雾',
      },
    });
    expect(answer.statusCode).toBe(201);
    return answer.json() as Suspension;
  }

  it('shows every crossing with its next boats both ways, the last boat and a suspension, as the timetable says', async () => {
    // An evening minute when some crossing's last boat is under an hour away.
    const now =
      ['19:30', '20:00', '20:30', '21:00', '21:30']
        .map(todayAt)
        .find((time) =>
          crossings.some((c) =>
            ([0, 1] as const).some((end) =>
              isLastSoon(crossingBoard(c, time.getTime()), end, time.getTime()),
            ),
          ),
        ) ?? todayAt('21:00');
    // A crossing with boats in the next two hours, stopped by fog for those hours.
    const stopped = crossings.find(
      (c) => departuresBetween(c, now.getTime(), now.getTime() + 2 * 3_600_000, []).length > 0,
    );
    if (!stopped) throw new Error('no crossing runs this evening');
    const suspension = await suspend(
      stopped.id,
      new Date(now.getTime() - 10 * 60_000),
      new Date(now.getTime() + 2 * 3_600_000),
    );
    const page = await offlineOfficer(now);
    await page.evaluate(() => {
      location.hash = '#/ferries';
    });
    await page.reload();
    await expect.poll(() => page.locator('section.crossing').count(), SLOW).toBe(crossings.length);
    expect(crossings).toHaveLength(12);

    let warned = 0;
    for (const crossing of crossings) {
      const board = crossingBoard(crossing, now.getTime(), { suspensions: [suspension] });
      const card = page.locator(`section.crossing[data-crossing-id="${crossing.id}"]`);
      for (const end of [0, 1] as const) {
        const direction = card.locator(`.direction[data-from="${end}"]`);
        const shown = await direction
          .locator('li.departure')
          .evaluateAll((items) => items.map((li) => li.getAttribute('data-departs')));
        const running = board.next[end].filter((d) => d.suspension === null);
        // Every running boat of the board is listed, in order, with at most two stopped ones.
        expect(
          shown.filter((iso) => running.some((d) => new Date(d.departs).toISOString() === iso)),
        ).toEqual(running.map((d) => new Date(d.departs).toISOString()));
        expect(shown.length - running.length).toBeLessThanOrEqual(2);
        const last = direction.locator('.last-departure');
        if (isLastSoon(board, end, now.getTime())) {
          warned++;
          await expect.poll(() => last.getAttribute('class'), SLOW).toContain('soon');
        }
      }
    }
    // Some crossings are near their last boat: the warning shows.
    expect(warned).toBeGreaterThan(0);
    const notice = page.locator(`section.crossing[data-crossing-id="${stopped.id}"] .suspension`);
    await expect.poll(() => notice.textContent(), SLOW).toContain('大雾');
    expect(
      await page
        .locator(`section.crossing[data-crossing-id="${stopped.id}"] li.departure.suspended`)
        .count(),
    ).toBeGreaterThan(0);
  });

  it("a household's screen lists the crossings from its bank, with the boats leaving that bank", async () => {
    const page = await offlineOfficer(todayAt('09:00'));
    const household = server.station.households.find((h) =>
      server.station.assignments.some((a) => a.username === 'officer01' && a.gridId === h.gridId),
    );
    if (!household) throw new Error('officer01 has no households');
    const bankId = server.station.grids.find((g) => g.id === household.gridId)?.bankId;
    await page.evaluate((id) => {
      location.hash = `#/households/${id}`;
    }, household.id);
    await page.reload();
    const cards = page.locator('.bank-crossings section.crossing');
    const expected = crossings.filter((c) => bankId && c.bankIds.includes(bankId));
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => cards.count(), SLOW).toBe(expected.length);
    for (const crossing of expected) {
      const end = crossing.bankIds.indexOf(bankId ?? '');
      const card = page.locator(
        `.bank-crossings section.crossing[data-crossing-id="${crossing.id}"]`,
      );
      expect(await card.locator('.direction').getAttribute('data-from')).toBe(String(end));
    }
  });

  it('plans the day around the ferries, and re-plans from later in one tap without the visited household', async () => {
    const start = todayAt('08:00');
    const page = await offlineOfficer(start);
    await page.evaluate(() => {
      location.hash = '#/plan';
    });
    await page.reload();
    await page.locator('button.take-suggested').click();
    const picked = page.locator('.plan-households li');
    await expect.poll(() => picked.count(), SLOW).toBe(12);
    await page.getByRole('button', { name: zh['plan.make'], exact: true }).click();
    await page.locator('.plan-summary').waitFor();

    const ids = await picked.evaluateAll((items) =>
      items.map((li) => li.getAttribute('data-household-id')),
    );
    const steps = await planSteps(page);
    const visits = steps.filter((s) => s.kind === 'visit').map((s) => s.household);
    expect(new Set(visits).size).toBe(visits.length);
    for (const id of visits) expect(ids).toContain(id);
    // officer01's cells are across the river from the station: out and back by ferry.
    const ferries = steps.filter((s) => s.kind === 'ferry');
    expect(ferries.length).toBeGreaterThanOrEqual(2);
    for (const ferry of ferries) {
      const crossing = crossings.find((c) => c.id === ferry.crossing);
      if (!crossing) throw new Error(`unknown crossing ${ferry.crossing}`);
      const boats = departuresBetween(
        crossing,
        start.getTime(),
        start.getTime() + 86_400_000,
        [],
      ).map((d) => new Date(d.departs).toISOString());
      // Every boat in the plan is a boat of the timetable.
      expect(boats).toContain(ferry.departs);
    }
    const times = ferries.map((f) => Date.parse(f.departs ?? ''));
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    // A visit takes longer than planned; later the officer re-plans with one tap.
    const first = visits[0];
    if (!first) throw new Error('the plan visits nobody');
    await recordVisitThroughUi(page, first, { outcome: 'met' });
    const later = new Date(start.getTime() + 3 * 3_600_000);
    await page.clock.setFixedTime(later);
    await page.evaluate(() => {
      location.hash = '#/plan';
    });
    await page.locator(`.plan-households li[data-household-id="${first}"] .badge`).waitFor();
    await page.getByRole('button', { name: zh['plan.replan'], exact: true }).click();
    await expect
      .poll(async () => (await planSteps(page)).some((s) => s.household === first), SLOW)
      .toBe(false);
    const replanned = await planSteps(page);
    const firstBoat = replanned.find((s) => s.kind === 'ferry');
    expect(Date.parse(firstBoat?.departs ?? '')).toBeGreaterThanOrEqual(later.getTime());
  });

  it('the leader stops a crossing from the ferry screen, and reopens it; the change comes back through sync', async () => {
    context = await phoneContext(browser);
    const page = await context.newPage();
    // The leader's phone and the station agree on the time; a real clock finds no boat at night.
    await page.clock.setFixedTime(STATION_NOW);
    // The leader's list starts with every cell folded: wait for the list itself.
    await page.goto(server.url);
    await page.getByLabel(zh['signIn.username']).fill('leader');
    await page.getByLabel(zh['signIn.password']).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: zh['signIn.submit'], exact: true }).click();
    await page.locator('main.household-list').waitFor({ timeout: 60_000 });
    await page.evaluate(() => {
      location.hash = '#/ferries';
    });
    // A crossing no other test has stopped, with boats in the next hours.
    const stopped = new Set(
      (await server.ctx.db.selectFrom('suspensions').select('crossing_id').execute()).map(
        (row) => row.crossing_id,
      ),
    );
    const crossing = crossings.find(
      (c) =>
        !stopped.has(c.id) &&
        departuresBetween(c, STATION_NOW.getTime(), STATION_NOW.getTime() + 4 * 3_600_000, [])
          .length > 0,
    );
    if (!crossing) throw new Error('no crossing runs in the next hours');
    const card = page.locator(`section.crossing[data-crossing-id="${crossing.id}"]`);
    await card.locator('button.suspend-open').click();
    await card.getByLabel(zh['ferry.suspendReason']).selectOption('typhoon');
    await card.getByLabel(zh['ferry.suspendFor']).selectOption('4');
    await card.getByLabel(zh['ferry.suspendNote']).fill('台风预警');
    await card.getByRole('button', { name: zh['ferry.suspendConfirm'] }).click();
    // Stored by the server, pulled back by this device like any other change.
    await expect.poll(() => card.locator('.suspension').textContent(), SLOW).toContain('台风预警');
    const stored = await server.ctx.db
      .selectFrom('suspensions')
      .selectAll()
      .where('crossing_id', '=', crossing.id)
      .execute();
    expect(stored).toEqual([
      expect.objectContaining({ crossing_id: crossing.id, reason: 'typhoon', note: '台风预警' }),
    ]);
    await card.getByRole('button', { name: zh['ferry.reopen'] }).click();
    await expect.poll(() => card.locator('.suspension').count(), SLOW).toBe(0);
  });
});

/** The timeline's steps as the page shows them. */
function planSteps(page: Page) {
  return page.locator('.plan-steps li.step').evaluateAll((items) =>
    items.map((li) => ({
      kind: ['ferry', 'visit', 'wait', 'land', 'start', 'home'].find((k) =>
        li.classList.contains(k),
      ),
      household: li.getAttribute('data-household-id'),
      crossing: li.getAttribute('data-crossing-id'),
      departs: li.getAttribute('data-departs'),
    })),
  );
}
