// name: status-by-month
// description: How many events of each status fall in each month (events dated at least to the month), optionally for one event type and a range of months (YYYY-MM).
// params: type string null
// params: from string null
// params: to string null
MATCH (e:Event)
WHERE e.date IS NOT NULL AND size(toString(e.date)) >= 7 AND ($type IS NULL OR e.type = $type)
WITH substring(toString(e.date), 0, 7) AS month, e.status AS status
WHERE ($from IS NULL OR month >= $from) AND ($to IS NULL OR month <= $to)
RETURN month, status, count(*) AS events
ORDER BY month, status
