// Search index tables; see src/server/search/. Maintained by triggers in the migrations.
export {};
