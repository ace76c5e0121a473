CREATE TABLE "agency_proposal_tasks" (
	"proposal_id" integer NOT NULL,
	"task_id" integer NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "agency_proposal_tasks_proposal_id_task_id_role_pk" PRIMARY KEY("proposal_id","task_id","role")
);
--> statement-breakpoint
CREATE TABLE "agency_proposals" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_fold" text NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"agency_id" integer,
	"source_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" integer,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "import_items" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"job_id" integer NOT NULL,
	"ref" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"path" text,
	"offset" bigint,
	"length" integer,
	"content" text,
	"file_name" text,
	"title" text,
	"error" text,
	"source_id" integer,
	"duplicate" boolean DEFAULT false NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text,
	"label" text NOT NULL,
	"accept" boolean DEFAULT false NOT NULL,
	"planned" boolean DEFAULT false NOT NULL,
	"state" text DEFAULT 'planning' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "review_decisions" (
	"source_id" integer NOT NULL,
	"item_type" text NOT NULL,
	"item_index" integer NOT NULL,
	"decision" text NOT NULL,
	"record_type" text,
	"record_id" integer,
	"edited" jsonb,
	"decided_by" integer,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_decisions_source_id_item_type_item_index_pk" PRIMARY KEY("source_id","item_type","item_index")
);
--> statement-breakpoint
ALTER TABLE "agency_proposal_tasks" ADD CONSTRAINT "agency_proposal_tasks_proposal_id_agency_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."agency_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_proposal_tasks" ADD CONSTRAINT "agency_proposal_tasks_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_proposals" ADD CONSTRAINT "agency_proposals_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_proposals" ADD CONSTRAINT "agency_proposals_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_items" ADD CONSTRAINT "import_items_job_id_import_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."import_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_items" ADD CONSTRAINT "import_items_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agency_proposals_open_uq" ON "agency_proposals" USING btree ("name_fold") WHERE "agency_proposals"."status" = 'proposed';--> statement-breakpoint
CREATE UNIQUE INDEX "import_items_job_ref_uq" ON "import_items" USING btree ("job_id","ref");--> statement-breakpoint
CREATE INDEX "import_items_pending_idx" ON "import_items" USING btree ("job_id","id") WHERE "import_items"."state" = 'pending';--> statement-breakpoint
CREATE INDEX "import_items_job_state_idx" ON "import_items" USING btree ("job_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "import_jobs_key_uq" ON "import_jobs" USING btree ("key");