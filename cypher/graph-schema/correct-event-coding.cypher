// Stored events that took a default since corrected get the corrected code or score. An event is
// touched only where its value still equals the old default and came from it: marked defaulted,
// or unmarked (written before the mark existed). Values a report stated are marked and kept.
// Idempotent: a corrected event no longer equals the old default.
UNWIND $corrections AS fix
MATCH (e:Event {type: fix.type})
WITH e, fix,
     e.cameoCode = fix.cameoFrom AND coalesce(e.cameoDefaulted, true) AS cameo,
     e.goldstein = fix.goldsteinFrom AND coalesce(e.goldsteinDefaulted, true) AS goldstein
WHERE cameo OR goldstein
SET e.cameoCode = CASE WHEN cameo THEN fix.cameoTo ELSE e.cameoCode END,
    e.goldstein = CASE WHEN goldstein THEN toFloat(fix.goldsteinTo) ELSE e.goldstein END
RETURN count(e) AS corrected
