import { CopyColumn } from "./copy-text";

// The CSV writer's cell rules (lib/csv/writer.ts) for PostgreSQL's COPY: each export column is
// one column of the COPY select, and ./copy-text.ts writes it into the CSV. A text value is sent
// as it is and gets the writer's own formula guard and quoting there (csvCell), a timestamp is
// sent as milliseconds and written by Date#toISOString there; every other cell is finished in
// SQL here: JavaScript's way of printing a number, ISO dates, booleans.
// lib/exports/copy.test.ts proves the two agree cell by cell. Every expression takes an SQL
// expression (a column) and is used once per cell, so the inner queries compute each value once
// and the outer select formats it.

/** A column of the COPY select: its SQL, and how ./copy-text.ts writes it. */
export interface CopyCell {
  sql: string;
  as: CopyColumn;
}

const finished = (sql: string): CopyCell => ({ sql, as: CopyColumn.Cell });

/** A text value (or an enum): guarded and quoted as the writer does; NULL is an empty cell. */
export const textCell = (expr: string): CopyCell => ({ sql: `(${expr})::text`, as: CopyColumn.Text });

/**
 * A double precision value printed as JavaScript's `String(number)` prints it. PostgreSQL prints
 * shortest digits too, but switches to exponent notation below 1e-4 and from 1e15 where
 * JavaScript does below 1e-6 and from 1e21, pads the exponent to two digits and keeps `-0`; and
 * from 1e16 it sometimes gives 17 digits where 16 read back the same (JavaScript gives 16).
 */
export function numberCell(expr: string): CopyCell {
  // p: sign, first digit, further digits, decimal exponent; d: all digits; e: the exponent
  return finished(`coalesce((SELECT CASE
      WHEN t IN ('NaN', 'Infinity', '-Infinity') THEN ''
      WHEN t = '-0' THEN '0'
      WHEN p IS NULL THEN t
      WHEN e >= 21 OR e <= -7 THEN p[1] || left(d, 1) || CASE WHEN length(d) > 1 THEN '.' || substr(d, 2) ELSE '' END
        || 'e' || CASE WHEN e > 0 THEN '+' ELSE '-' END || abs(e)::text
      WHEN e > 0 THEN p[1] || CASE WHEN length(d) <= e + 1 THEN rpad(d, e + 1, '0') ELSE left(d, e + 1) || '.' || substr(d, e + 2) END
      ELSE p[1] || '0.' || repeat('0', -e - 1) || d
    END
    FROM (SELECT (${expr})::float8 AS x) AS v
    CROSS JOIN LATERAL (SELECT x::text AS t) AS a
    CROSS JOIN LATERAL (SELECT regexp_match(t, '^(-?)(\\d)(?:\\.(\\d+))?e([-+]\\d+)$') AS p) AS b
    CROSS JOIN LATERAL (SELECT p[4]::int AS e, p[2] || coalesce(p[3], '') AS d17) AS c
    CROSS JOIN LATERAL (SELECT round(d17::numeric / 10)::text AS d16) AS r
    CROSS JOIN LATERAL (SELECT CASE WHEN length(d17) = 17 AND length(d16) = 16 AND abs(e) < 300 THEN
        CASE WHEN (p[1] || left(d16, 1) || '.' || substr(d16, 2) || 'e' || e::text)::float8 = x THEN rtrim(d16, '0') ELSE d17 END
      ELSE d17 END AS d) AS s), '')`);
}

/** An integer (ids): digits, as JavaScript prints them. */
export const integerCell = (expr: string) => finished(`coalesce((${expr})::text, '')`);

/** A boolean: `true` / `false`. */
export const booleanCell = (expr: string) => finished(`coalesce(CASE WHEN ${expr} THEN 'true' ELSE 'false' END, '')`);

/**
 * A calendar date: YYYY-MM-DD (as lib/dates.ts toIsoDate), PostgreSQL's own output of a date
 * with DateStyle ISO (./copy-pool.ts sets it): a third of to_char's cost.
 */
export const dateCell = (expr: string) => finished(`(${expr})::date::text`);

/**
 * A timestamp: milliseconds since 1970, which ./copy-text.ts writes as Date#toISOString does (ISO
 * 8601, UTC, milliseconds). to_char wrote the same in SQL at about 0.6 µs a cell (issue 13).
 */
export const timestampCell = (expr: string): CopyCell => ({ sql: `round(date_part('epoch', ${expr}) * 1000)::int8`, as: CopyColumn.Timestamp });

/** `Math.round(value)` in SQL: halves go up (toward +infinity), as JavaScript rounds. */
export const jsRound = (expr: string) => `(floor(${expr}) + CASE WHEN (${expr}) - floor(${expr}) >= 0.5 THEN 1 ELSE 0 END)`;
