DROP INDEX "search_index_boost_idx";--> statement-breakpoint
CREATE INDEX "search_index_rank_idx" ON "search_index" USING btree (floor("boost") desc,"record_id" desc);