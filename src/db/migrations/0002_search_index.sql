CREATE TABLE "search_index" (
	"type" text NOT NULL,
	"record_id" integer NOT NULL,
	"title" text NOT NULL,
	"symbol" text,
	"symbol_key" text,
	"kind" text,
	"status" text,
	"issuer" text,
	"agency_id" integer,
	"on_date" date,
	"done_on" date,
	"boost" real DEFAULT 0 NOT NULL,
	"name_fold" text,
	"tsv" "tsvector" NOT NULL,
	"tsv_exact" "tsvector" NOT NULL,
	CONSTRAINT "search_index_type_record_id_pk" PRIMARY KEY("type","record_id")
);
--> statement-breakpoint
CREATE INDEX "search_index_tsv_idx" ON "search_index" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "search_index_boost_idx" ON "search_index" USING btree ("boost" desc);--> statement-breakpoint
CREATE INDEX "search_index_symbol_key_idx" ON "search_index" USING btree ("symbol_key" text_pattern_ops) WHERE "search_index"."symbol_key" is not null;--> statement-breakpoint
CREATE INDEX "search_index_name_trgm_idx" ON "search_index" USING gin ("name_fold" gin_trgm_ops) WHERE "search_index"."name_fold" is not null;