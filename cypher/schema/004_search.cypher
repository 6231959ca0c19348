// One full-text index over what analysts search: names, aliases, descriptions, titles, reasons, quotes.
CREATE FULLTEXT INDEX riposte_text IF NOT EXISTS
FOR (n:Actor|Event|Claim|Source)
ON EACH [n.name, n.aliases, n.description, n.title, n.statedReason, n.quote];
