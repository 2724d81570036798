import { describe, expect, it } from 'vitest';
import { instantOf, suspensionAt, suspensionSpans } from '../../../src/shared/ferry/suspensions.ts';
import { at, suspension } from './fixtures.ts';

describe('suspensions', () => {
  it('reads ISO instants with any offset', () => {
    expect(instantOf('2024-06-14T06:00:00+08:00', 'Asia/Shanghai')).toBe(
      at('2024-06-13T22:00:00Z'),
    );
    expect(instantOf('2024-06-13T22:00:00.250Z', 'Asia/Shanghai')).toBe(
      at('2024-06-13T22:00:00.250Z'),
    );
    expect(instantOf('2024-06-14T06:00+0800', 'Asia/Shanghai')).toBe(at('2024-06-13T22:00:00Z'));
    expect(instantOf('2024-06-14T01:00:00-05:00', 'Asia/Shanghai')).toBe(
      at('2024-06-14T06:00:00Z'),
    );
  });

  it("reads a time without offset on the agency's clock, never the phone's", () => {
    expect(instantOf('2024-06-14T06:00:00', 'Asia/Shanghai')).toBe(at('2024-06-14T06:00:00+08:00'));
    expect(instantOf('2024-06-14', 'Asia/Shanghai')).toBe(at('2024-06-14T00:00:00+08:00'));
    expect(instantOf('tomorrow', 'Asia/Shanghai')).toBeNaN();
  });

  it('picks, of overlapping suspensions, the one that lifts last', () => {
    const fog = suspension('fog', '2024-06-14T06:00:00+08:00', '2024-06-14T08:00:00+08:00');
    const repairs = suspension('repairs', '2024-06-14T07:00:00+08:00', null);
    const broken = suspension('broken', 'soon', null);
    const spans = suspensionSpans('muzhou-shibansha', [fog, repairs, broken], 'Asia/Shanghai');
    expect(spans.map((s) => s.suspension.id)).toEqual(['fog', 'repairs']);
    expect(suspensionAt(spans, at('2024-06-14T06:30:00+08:00'))).toBe(fog);
    expect(suspensionAt(spans, at('2024-06-14T07:30:00+08:00'))).toBe(repairs);
    expect(suspensionAt(spans, at('2024-06-14T05:59:59+08:00'))).toBeNull();
  });
});
