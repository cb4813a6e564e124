"""The search's server-side functions: a query's rare concepts and their windows in one round trip.

A search used to send the concept counts, then (once the rarest concepts were known) the windows,
and for a query of a few words the same again for its compounds' parts: two to four round trips
before the ranking could start, each one waiting for the server process to be scheduled, which
on a busy server costs more than the statements themselves. The functions below do the same
choice on the server (``drafter_shortlist``: ``pg/shortlist.py`` sends one statement for all of
a query's word groups), with the same rules as the SQLite search (``library/shortlist.py``):

- ``drafter_shortlist``: how many questions hold each word and compound part (``question_terms``,
  one lookup statement for all), capped at CAP + 1 for the order; each word whole, else as the
  start of stored concepts ("fingerabdr", as FTS5 tries a prefix: ``drafter_prefix``), else its
  compound parts the same way; rarest first (ties in the order the words came), then
  ``drafter_windows``. The client passes only letters and digits, so a ``LIKE`` pattern holds
  no syntax;
- ``drafter_windows``: the newest WINDOW ids holding each of the TIER_B rarest concepts (one
  backward index-only scan each), and the all-terms window (``drafter_together``);
- ``drafter_together``: the newest WINDOW ids among the newest SPAN ids that hold all of the
  TIER_A rarest concepts, led by the shortest posting list. The planner's choice between
  walking the other lists alongside (a merge join) and looking each candidate up in them (a
  probe per candidate) often went wrong for common concepts (two to five times the time of the
  better plan at 500,000 questions), so the choice is made here from the lists' lengths: the
  second list is walked beside the leading one when it is at most ``MERGED`` times as long,
  else probed; a third is always probed, and only for the ids both first lists hold (usually
  far fewer than either list).

They live in ``pg_temp``, made once per connection (``ensure``), so a database needs no
migration for them, a read-only login has them too, and every client runs exactly the functions
of its own version. The constants come from the client as arguments (CAP, WINDOW, SPAN …),
so they are defined once, in ``library/tiers.py``.
"""

from __future__ import annotations

from typing import Any

from drafter.errors import LibraryError

MERGED = 20
"""The second list of the all-terms window is walked alongside the leading one (a merge join)
when it is at most this many times as long, else probed per candidate. Measured at 500,000
questions: walking costs about a twentieth of a probe per entry (the server's CPU for the
windows of nine costly queries: 0.5–5 ms this way, 2–15 ms probing every list, 1–8 ms walking
every list, 3.5–28 ms with the planner's choice)."""

_PREFIX = r"""
CREATE OR REPLACE FUNCTION pg_temp.drafter_prefix(word text, cap int, min_prefix int)
RETURNS bigint LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    n bigint := 0;
BEGIN
    IF char_length(word) >= min_prefix THEN
        EXECUTE format('SELECT count(*) FROM (SELECT DISTINCT id FROM question_postings'
                       ' WHERE term LIKE %L LIMIT %s) AS hit', word || '%', cap + 1) INTO n;
    END IF;
    RETURN n;
END
$fn$
"""

_TOGETHER = r"""
CREATE OR REPLACE FUNCTION pg_temp.drafter_together(terms text[], prefixes boolean[], dfs bigint[],
    win int, span bigint, merged int)
RETURNS bigint[] LANGUAGE plpgsql AS $fn$
DECLARE
    ordered int[] := ARRAY(SELECT o FROM unnest(dfs) WITH ORDINALITY AS d(df, o) ORDER BY df, o);
    lead int := ordered[1];
    second int := ordered[2];
    walked boolean := NOT prefixes[lead] AND NOT prefixes[second] AND dfs[second] <= merged * dfs[lead];
    nestloop text := current_setting('enable_nestloop');
    hashjoin text := current_setting('enable_hashjoin');
    since bigint;
    found bigint[];
BEGIN
    SELECT greatest(coalesce(max(id), 0) - span, 0) INTO since FROM questions;
    IF walked THEN
        PERFORM set_config('enable_nestloop', 'off', true), set_config('enable_hashjoin', 'off', true);
    END IF;
    IF false = ALL(prefixes) THEN
        found := pg_temp.drafter_together_whole(terms[lead], terms[second], terms[ordered[3]], walked,
                                                since, win);
    ELSE
        found := pg_temp.drafter_together_any(terms, prefixes, ordered, walked, since, win);
    END IF;
    IF walked THEN
        PERFORM set_config('enable_nestloop', nestloop, true), set_config('enable_hashjoin', hashjoin, true);
    END IF;
    RETURN found;
END
$fn$
"""

_WHOLE = r"""
CREATE OR REPLACE FUNCTION pg_temp.drafter_together_whole(t1 text, t2 text, t3 text, walked boolean,
    since bigint, win int)
RETURNS bigint[] LANGUAGE plpgsql AS $fn$
BEGIN
    -- Whole concepts only, the common case: four fixed statements, planned once per connection
    -- (their plans are kept), where a statement made up per search would be planned each time.
    -- OFFSET 0 keeps a probe above the walked lists' join: only the join's rows are looked up.
    IF walked AND t3 IS NULL THEN
        RETURN ARRAY(SELECT a.id FROM question_postings a
                     JOIN question_postings m ON m.term = t2 AND m.id = a.id AND m.id > since
                     WHERE a.term = t1 AND a.id > since ORDER BY a.id DESC LIMIT win);
    ELSIF walked THEN
        RETURN ARRAY(SELECT j.id FROM (SELECT a.id FROM question_postings a
                                       JOIN question_postings m
                                         ON m.term = t2 AND m.id = a.id AND m.id > since
                                       WHERE a.term = t1 AND a.id > since ORDER BY a.id DESC OFFSET 0) AS j
                     WHERE (SELECT true FROM question_postings c WHERE c.term = t3 AND c.id = j.id LIMIT 1)
                     ORDER BY j.id DESC LIMIT win);
    ELSIF t3 IS NULL THEN
        RETURN ARRAY(SELECT a.id FROM question_postings a
                     WHERE a.term = t1 AND a.id > since
                       AND (SELECT true FROM question_postings c WHERE c.term = t2 AND c.id = a.id LIMIT 1)
                     ORDER BY a.id DESC LIMIT win);
    END IF;
    RETURN ARRAY(SELECT a.id FROM question_postings a
                 WHERE a.term = t1 AND a.id > since
                   AND (SELECT true FROM question_postings c WHERE c.term = t2 AND c.id = a.id LIMIT 1)
                   AND (SELECT true FROM question_postings c WHERE c.term = t3 AND c.id = a.id LIMIT 1)
                 ORDER BY a.id DESC LIMIT win);
END
$fn$
"""

_ANY = r"""
CREATE OR REPLACE FUNCTION pg_temp.drafter_together_any(terms text[], prefixes boolean[], ordered int[],
    walked boolean, since bigint, win int)
RETURNS bigint[] LANGUAGE plpgsql AS $fn$
DECLARE
    lead int := ordered[1];
    body text;
    joins text := '';
    checks text := '';
    k int;
    found bigint[];
BEGIN
    -- With a prefix among the terms: the statement is made up for the search.
    IF prefixes[lead] THEN
        body := format('(SELECT DISTINCT id FROM question_postings WHERE term LIKE %L) AS a',
                       terms[lead] || '%');
    ELSE
        body := format('(SELECT id FROM question_postings WHERE term = %L) AS a', terms[lead]);
    END IF;
    FOREACH k IN ARRAY ordered[2:] LOOP
        IF prefixes[k] THEN
            checks := checks || format(' AND (SELECT strpos('' '' || q.norm, %L) > 0'
                                       ' FROM questions q WHERE q.id = j.id)', ' ' || terms[k]);
        ELSIF walked AND k = ordered[2] THEN
            joins := format(' JOIN question_postings m ON m.term = %L AND m.id = a.id AND m.id > %s',
                            terms[k], since);
        ELSE
            checks := checks || format(' AND (SELECT true FROM question_postings c'
                                       ' WHERE c.term = %L AND c.id = j.id LIMIT 1)', terms[k]);
        END IF;
    END LOOP;
    EXECUTE format('SELECT ARRAY(SELECT j.id FROM (SELECT a.id FROM %s%s WHERE a.id > %s'
                   ' ORDER BY a.id DESC OFFSET 0) AS j WHERE true%s ORDER BY j.id DESC LIMIT %s)',
                   body, joins, since, checks, win) INTO found;
    RETURN found;
END
$fn$
"""

_WINDOWS = r"""
CREATE OR REPLACE FUNCTION pg_temp.drafter_windows(terms text[], prefixes boolean[], dfs bigint[],
    win int, span bigint, tier_a int, tier_b int, merged int, OUT ids bigint[], OUT lengths int[])
LANGUAGE plpgsql AS $fn$
DECLARE
    found bigint[];
BEGIN
    ids := '{}';
    lengths := '{}';
    FOR i IN 1 .. least(coalesce(cardinality(terms), 0), tier_b) LOOP
        IF prefixes[i] THEN
            EXECUTE format('SELECT ARRAY(SELECT id FROM (SELECT DISTINCT id FROM question_postings'
                           ' WHERE term LIKE %L) AS a ORDER BY id DESC LIMIT %s)', terms[i] || '%', win)
                INTO found;
        ELSE
            found := ARRAY(SELECT p.id FROM question_postings p WHERE p.term = terms[i]
                           ORDER BY p.id DESC LIMIT win);
        END IF;
        ids := ids || found;
        lengths := lengths || cardinality(found);
    END LOOP;
    IF cardinality(terms) > 1 THEN
        found := pg_temp.drafter_together(terms[1:tier_a], prefixes[1:tier_a], dfs[1:tier_a], win, span,
                                          merged);
        ids := ids || found;
        lengths := lengths || cardinality(found);
    END IF;
END
$fn$
"""

_SHORTLIST = r"""
CREATE OR REPLACE FUNCTION pg_temp.drafter_shortlist(wholes text[], parts text[], part_of int[],
    cap int, min_prefix int, win int, span bigint, tier_a int, tier_b int, merged int,
    OUT terms text[], OUT counts bigint[], OUT dfs bigint[], OUT prefixes boolean[],
    OUT ids bigint[], OUT lengths int[])
LANGUAGE plpgsql AS $fn$
DECLARE
    words text[] := wholes || parts;
    held bigint[] := ARRAY(SELECT coalesce((SELECT q.doc FROM question_terms q WHERE q.term = w.t), 0)
                           FROM unnest(words) WITH ORDINALITY AS w(t, o) ORDER BY w.o);
    whole int := coalesce(cardinality(wholes), 0);
    t text[] := '{}';
    c bigint[] := '{}';
    d bigint[] := '{}';
    p boolean[] := '{}';
    k int;
    n bigint;
    found boolean;
BEGIN
    FOR i IN 1 .. whole LOOP
        found := false;
        FOREACH k IN ARRAY ARRAY[i] || ARRAY(SELECT whole + j FROM generate_subscripts(part_of, 1) AS j
                                             WHERE part_of[j] = i ORDER BY j) LOOP
            CONTINUE WHEN found;
            IF held[k] > 0 THEN
                t := t || words[k]; c := c || least(held[k], cap + 1); d := d || held[k]; p := p || false;
            ELSE
                n := pg_temp.drafter_prefix(words[k], cap, min_prefix);
                CONTINUE WHEN n = 0;
                t := t || words[k]; c := c || n; d := d || n; p := p || true;
            END IF;
            found := k = i;  -- a word held whole or as a prefix needs none of its parts
        END LOOP;
    END LOOP;
    SELECT coalesce(array_agg(x.t ORDER BY x.c, x.o), '{}'), coalesce(array_agg(x.c ORDER BY x.c, x.o), '{}'),
           coalesce(array_agg(x.d ORDER BY x.c, x.o), '{}'), coalesce(array_agg(x.p ORDER BY x.c, x.o), '{}')
        INTO terms, counts, dfs, prefixes
        FROM unnest(t, c, d, p) WITH ORDINALITY AS x(t, c, d, p, o);
    SELECT w.ids, w.lengths INTO ids, lengths
        FROM pg_temp.drafter_windows(terms, prefixes, dfs, win, span, tier_a, tier_b, merged) AS w;
END
$fn$
"""

FUNCTIONS = (_PREFIX, _WHOLE, _ANY, _TOGETHER, _WINDOWS, _SHORTLIST)
_KEY = "functions"
_MAY = "SELECT has_database_privilege(current_database(), 'TEMPORARY'), pg_is_in_recovery()"


def ensure(conn: Any) -> None:
    """Create the functions in this connection's ``pg_temp`` unless it has them.

    Made inside a transaction that may yet roll back (a search during an import), they are made
    again next time rather than trusted. A role without the right to create temporary objects
    (every role has it unless an administrator revoked it) or a read-only standby server cannot
    have them: the search says so in German instead of failing with the server's words."""
    if conn.cache.get(_KEY):
        return
    temporary, standby = conn.execute(_MAY).fetchone()
    if standby or not temporary:
        raise LibraryError(
            f"Die Suche in der Fragenbibliothek „{conn.label}“ braucht das Recht, temporäre Objekte "
            "anzulegen"
            + (", und ein Server im Nur-Lese-Betrieb (Standby) gibt es nicht." if standby else ".")
            + " Bitte die Verwaltung, der Rolle „GRANT TEMPORARY ON DATABASE …“ zu geben"
            + (" oder den Hauptserver zu nennen." if standby else ".")
        )
    for sql in FUNCTIONS:
        conn.execute_raw(sql)
    if not conn.in_transaction:
        conn.cache[_KEY] = True
