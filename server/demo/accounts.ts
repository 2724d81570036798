/** The demo station's sign-in: every demo account shares one password, refused in production. */

export const DEMO_PASSWORD = 'ferrybeat-demo';

/** Lines for the start-up banner: which accounts exist and what they see. */
export const DEMO_ACCOUNT_LINES = [
  'officer01 … officer20   community officers (民警), each sees their own grid cells',
  'aux01 … aux49           auxiliary officers (辅警), each sees their grid cells',
  'leader                  station leader (所领导), sees the whole station',
  `password for all:       ${DEMO_PASSWORD}`,
];
