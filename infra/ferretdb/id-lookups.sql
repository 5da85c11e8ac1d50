-- Makes FerretDB's lookups by _id use an index. FerretDB 1.24 stores each collection as a table of
-- `_jsonb` documents and turns a filter `{_id: x}` into `_jsonb->$1 @> $2`; the btree index it creates
-- on `_jsonb->'_id'` cannot serve `@>`, so every update or find by _id scanned the whole collection
-- (a projector's guarded writes slowed down as its read models grew). A GIN index on the same
-- expression serves `@>` once the plan sees the key `'_id'` instead of `$1` (FerretDB prepares its
-- statements, and a generic plan keeps `$1`): hence plan_cache_mode=force_custom_plan for this
-- database, and a trigger that adds the index to every table FerretDB creates. MongoDB itself needs none of this: its _id index serves those filters.
-- Run at every start; every statement is idempotent.

ALTER DATABASE ferretdb SET plan_cache_mode = force_custom_plan;

CREATE OR REPLACE FUNCTION cci_index_document_ids(target regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = target AND attname = '_jsonb' AND NOT attisdropped) THEN
    EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %s USING gin ((_jsonb -> ''_id'') jsonb_path_ops)',
                   left(relname, 40) || '_' || left(md5(relname), 8) || '_id_gin', target)
    FROM pg_class WHERE oid = target;
  END IF;
END;
$$;

CREATE OR REPLACE FUNCTION cci_index_created_collections() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
  created record;
BEGIN
  FOR created IN
    SELECT objid FROM pg_event_trigger_ddl_commands()
    WHERE command_tag = 'CREATE TABLE' AND object_type = 'table'
      AND schema_name NOT IN ('pg_catalog', 'information_schema', 'public')
  LOOP
    PERFORM cci_index_document_ids(created.objid::regclass);
  END LOOP;
END;
$$;

DROP EVENT TRIGGER IF EXISTS cci_index_created_collections;
CREATE EVENT TRIGGER cci_index_created_collections ON ddl_command_end
  WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION cci_index_created_collections();

-- Collections created before the trigger existed.
SELECT cci_index_document_ids(c.oid)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'public')
  AND n.nspname NOT LIKE 'pg\_%';
