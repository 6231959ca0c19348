// Lookups used by filters and chains.
CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type);
CREATE INDEX event_date_earliest IF NOT EXISTS FOR (e:Event) ON (e.dateEarliest);
CREATE INDEX event_date_latest IF NOT EXISTS FOR (e:Event) ON (e.dateLatest);
CREATE INDEX claim_subject IF NOT EXISTS FOR (c:Claim) ON (c.subjectId);
CREATE INDEX organization_kind IF NOT EXISTS FOR (o:Organization) ON (o.kind);
CREATE INDEX state_iso3 IF NOT EXISTS FOR (s:State) ON (s.iso3);
CREATE INDEX claim_report IF NOT EXISTS FOR (c:Claim) ON (c.reportId);
CREATE INDEX source_report IF NOT EXISTS FOR (s:Source) ON (s.reportId);
