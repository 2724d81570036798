/**
 * `U`, with every field that `T` lacks turned to `never`: a `U` carrying such a field is then
 * not assignable, and `tsc` names the field. For values about to be spread into a typed object:
 * TypeScript checks excess fields on object literals only, and a spread passes them unseen.
 */
export type Exact<T, U extends T> = U & { [K in Exclude<keyof U, keyof T>]: never };
