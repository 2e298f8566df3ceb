/**
 * Every cached public read (pages, stats, API) carries this tag; every successful write expires it,
 * so the public site reflects a change on the next request. One tag keeps that rule impossible
 * to get partly wrong; the data set is small enough that recomputing all of it is cheap.
 */
export const PUBLIC_DATA_TAG = "public-data";
