"""The Swedish meeting language shared by ingest, query and cases: Dnr grammar and vocabulary."""
