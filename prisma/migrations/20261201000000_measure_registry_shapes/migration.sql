-- Measure registry (docs/decisions/009-injury-kind-modules.md): every paired input is stored as
-- { affected, unaffected } under its own key. Heel raises were one nested object by knee
-- position; they become two paired inputs, heelRaisesStraight and heelRaisesBent. Blank sides
-- stay null; a pair with both sides blank is left out.
CREATE FUNCTION pg_temp.split_heel_raises(v jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN v IS NULL OR jsonb_typeof(v) <> 'object' OR NOT (v ? 'heelRaises') THEN v
    ELSE (v - 'heelRaises')
      || CASE
           WHEN coalesce(v #> '{heelRaises,affected,straightKnee}', 'null'::jsonb) = 'null'::jsonb
            AND coalesce(v #> '{heelRaises,unaffected,straightKnee}', 'null'::jsonb) = 'null'::jsonb THEN '{}'::jsonb
           ELSE jsonb_build_object('heelRaisesStraight', jsonb_build_object(
             'affected', coalesce(v #> '{heelRaises,affected,straightKnee}', 'null'::jsonb),
             'unaffected', coalesce(v #> '{heelRaises,unaffected,straightKnee}', 'null'::jsonb)))
         END
      || CASE
           WHEN coalesce(v #> '{heelRaises,affected,bentKnee}', 'null'::jsonb) = 'null'::jsonb
            AND coalesce(v #> '{heelRaises,unaffected,bentKnee}', 'null'::jsonb) = 'null'::jsonb THEN '{}'::jsonb
           ELSE jsonb_build_object('heelRaisesBent', jsonb_build_object(
             'affected', coalesce(v #> '{heelRaises,affected,bentKnee}', 'null'::jsonb),
             'unaffected', coalesce(v #> '{heelRaises,unaffected,bentKnee}', 'null'::jsonb)))
         END
  END
$$;

UPDATE "measurement" SET "values" = pg_temp.split_heel_raises("values") WHERE "values" ? 'heelRaises';
UPDATE "injury_episode" SET "baseline" = pg_temp.split_heel_raises("baseline") WHERE "baseline" ? 'heelRaises';

-- Exercise categories no longer name a body region: strength work for the injured muscle group
-- is TARGET_STRENGTH in every injury kind (the kind's deficit rule says which test scales it).
UPDATE "exercise" SET "category" = 'TARGET_STRENGTH' WHERE "category" = 'CALF_STRENGTH';
UPDATE "rehab_plan"
SET "content" = jsonb_set("content", '{exercises}', (
  SELECT coalesce(jsonb_agg(
    CASE WHEN e->>'category' = 'CALF_STRENGTH' THEN jsonb_set(e, '{category}', '"TARGET_STRENGTH"') ELSE e END
    ORDER BY ord), '[]'::jsonb)
  FROM jsonb_array_elements("content"->'exercises') WITH ORDINALITY AS x(e, ord)
))
WHERE jsonb_typeof("content"->'exercises') = 'array' AND "content"::text LIKE '%CALF_STRENGTH%';
