-- techspend facts --sql spark: the fact table of t.yaml (reporting currency USD), with the savings inputs
-- input: a table named lines (source, line, date, vendor, description, account, department, cost_center, currency, amount, quantity, usage, unit_price, reference, booked_to[, raw columns]); (source, line) names one line
-- output: category, pool, scope, matched, vendor, month, item_account, item_description, amount, lines, quantity, quantity_lines, line_amount, line_count, grain, source, line, date, rule, description, account, currency, source_amount, usage, unit_price, reference, department, cost_center, booked_to: the facts (grain 'fact'), every line savings examines (grain 'line'), each input's spend per vendor and month (grain 'source') and the days with a line (grain 'date'); save it as one CSV or Parquet file and run any analysis on it with: techspend board --facts <file>
WITH
  ts_rates AS (SELECT * FROM VALUES ('EUR', NULL, CAST('1.08' AS DECIMAL(38,12))) AS t(currency, month, rate)),
  booked_lines AS (
    SELECT l.*, date_format(l.date, 'yyyy-MM') AS ts_month, l.amount AS ts_amount,
      CAST(CASE WHEN l.currency = 'USD' OR l.currency IS NULL OR l.currency = '' THEN CAST(l.amount AS DECIMAL(38,12)) ELSE CAST(ROUND(l.amount * coalesce(rm.rate, rf.rate), 2) AS DECIMAL(38,12)) END AS DECIMAL(38,12)) AS booked
    FROM lines AS l
    LEFT JOIN ts_rates AS rm ON rm.currency = l.currency AND rm.month = date_format(l.date, 'yyyy-MM')
    LEFT JOIN ts_rates AS rf ON rf.currency = l.currency AND rf.month IS NULL
  ),
  ts_categorized AS (
    SELECT * FROM (
-- techspend rules --sql spark: the categorization of t.yaml, first match wins
-- input: a table named lines (source, line, date, vendor, description, account, department, cost_center, currency, amount[, raw columns])
WITH
  normalized AS (
    SELECT l.*,
      lower(trim(coalesce(CAST(`vendor` AS STRING), ''))) AS ts_vendor_norm,
      lower(coalesce(CAST(`vendor` AS STRING), '')) AS ts_vendor_lower,
      lower(trim(coalesce(CAST(`account` AS STRING), ''))) AS ts_account_norm
    FROM booked_lines AS l
  ),
  matched AS (
    SELECT n.*, CASE
      WHEN ts_vendor_norm IN ('amazon web services', 'aws') THEN 'aws'
      WHEN instr(ts_vendor_lower, 'duty') > 0 THEN 'pd'
      WHEN startswith(ts_account_norm, '61') THEN 'office'
      ELSE NULL END AS rule_id
    FROM normalized AS n
  ),
  rule_parts AS (
    SELECT * FROM VALUES
    ('aws', 1, 'cloud', 'cloud', 1, 1, 'technology'),
    ('pd', 1, 'collab', 'software', 7, 10, 'technology'),
    ('pd', 2, 'sec', 'other', 3, 10, 'technology'),
    ('office', 1, 'collab', 'software', 1, 1, 'excluded')
    AS t(rule_id, part, category, pool, weight, total, scope)
  ),
  category_functions AS (
    SELECT * FROM VALUES
    ('cloud', 'Product'),
    ('collab', 'Technology'),
    ('sec', 'Technology'),
    ('unassigned', 'Unassigned')
    AS t(category, function_name)
  ),
  shares AS (
    SELECT m.`source`, m.`line`, m.`date`, m.`vendor`, m.`description`, m.`account`, m.`currency`, m.`amount`, m.`booked`, m.`quantity`, m.`ts_month`, m.`ts_amount`, m.`usage`, m.`unit_price`, m.`reference`, m.`department`, m.`cost_center`, m.`booked_to`, m.rule_id, p.part, coalesce(p.category, 'unassigned') AS category, coalesce(p.pool, 'other') AS pool, coalesce(p.scope, 'technology') AS scope,
      coalesce(p.weight, 1) AS weight, coalesce(p.total, 1) AS parts_total
    FROM matched AS m LEFT JOIN rule_parts AS p ON p.rule_id = m.rule_id
  ),
  unit_shares AS (
    SELECT s.*, CAST(s.amount_units AS DECIMAL(38,0)) AS units,
      (CAST(s.amount_units AS DECIMAL(38,0)) * s.weight) div (s.parts_total) AS base,
      (CAST(s.amount_units AS DECIMAL(38,0)) * s.weight) % (s.parts_total) AS remainder
    FROM (SELECT s.*, CASE s.amount_scale WHEN 0 THEN CAST(abs(s.`booked`) * CAST('1' AS DECIMAL(38,0)) AS DECIMAL(38,12)) WHEN 1 THEN CAST(abs(s.`booked`) * CAST('10' AS DECIMAL(38,0)) AS DECIMAL(38,12)) WHEN 2 THEN CAST(abs(s.`booked`) * CAST('100' AS DECIMAL(38,0)) AS DECIMAL(38,12)) WHEN 3 THEN CAST(abs(s.`booked`) * CAST('1000' AS DECIMAL(38,0)) AS DECIMAL(38,12)) WHEN 4 THEN CAST(abs(s.`booked`) * CAST('10000' AS DECIMAL(38,0)) AS DECIMAL(38,12)) WHEN 5 THEN CAST(abs(s.`booked`) * CAST('100000' AS DECIMAL(38,0)) AS DECIMAL(38,12)) WHEN 6 THEN CAST(abs(s.`booked`) * CAST('1000000' AS DECIMAL(38,0)) AS DECIMAL(38,12)) WHEN 7 THEN CAST(abs(s.`booked`) * CAST('10000000' AS DECIMAL(38,0)) AS DECIMAL(38,12)) WHEN 8 THEN CAST(abs(s.`booked`) * CAST('100000000' AS DECIMAL(38,0)) AS DECIMAL(38,12)) WHEN 9 THEN CAST(abs(s.`booked`) * CAST('1000000000' AS DECIMAL(38,0)) AS DECIMAL(38,12)) WHEN 10 THEN CAST(abs(s.`booked`) * CAST('10000000000' AS DECIMAL(38,0)) AS DECIMAL(38,12)) WHEN 11 THEN CAST(abs(s.`booked`) * CAST('100000000000' AS DECIMAL(38,0)) AS DECIMAL(38,12)) WHEN 12 THEN CAST(abs(s.`booked`) * CAST('1000000000000' AS DECIMAL(38,0)) AS DECIMAL(38,12)) END AS amount_units
      FROM (SELECT s.*, CASE WHEN abs(s.`booked`) * CAST('100' AS DECIMAL(38,0)) = floor(abs(s.`booked`) * CAST('100' AS DECIMAL(38,0))) THEN 2 WHEN abs(s.`booked`) * CAST('1000' AS DECIMAL(38,0)) = floor(abs(s.`booked`) * CAST('1000' AS DECIMAL(38,0))) THEN 3 WHEN abs(s.`booked`) * CAST('10000' AS DECIMAL(38,0)) = floor(abs(s.`booked`) * CAST('10000' AS DECIMAL(38,0))) THEN 4 WHEN abs(s.`booked`) * CAST('100000' AS DECIMAL(38,0)) = floor(abs(s.`booked`) * CAST('100000' AS DECIMAL(38,0))) THEN 5 WHEN abs(s.`booked`) * CAST('1000000' AS DECIMAL(38,0)) = floor(abs(s.`booked`) * CAST('1000000' AS DECIMAL(38,0))) THEN 6 WHEN abs(s.`booked`) * CAST('10000000' AS DECIMAL(38,0)) = floor(abs(s.`booked`) * CAST('10000000' AS DECIMAL(38,0))) THEN 7 WHEN abs(s.`booked`) * CAST('100000000' AS DECIMAL(38,0)) = floor(abs(s.`booked`) * CAST('100000000' AS DECIMAL(38,0))) THEN 8 WHEN abs(s.`booked`) * CAST('1000000000' AS DECIMAL(38,0)) = floor(abs(s.`booked`) * CAST('1000000000' AS DECIMAL(38,0))) THEN 9 WHEN abs(s.`booked`) * CAST('10000000000' AS DECIMAL(38,0)) = floor(abs(s.`booked`) * CAST('10000000000' AS DECIMAL(38,0))) THEN 10 WHEN abs(s.`booked`) * CAST('100000000000' AS DECIMAL(38,0)) = floor(abs(s.`booked`) * CAST('100000000000' AS DECIMAL(38,0))) THEN 11 ELSE 12 END AS amount_scale FROM shares AS s WHERE s.parts_total > 1) AS s) AS s
  ),
  allocated AS (
    SELECT s.`source`, s.`line`, s.`date`, s.`vendor`, s.`description`, s.`account`, s.`currency`, s.`amount`, s.`booked`, s.`quantity`, s.`ts_month`, s.`ts_amount`, s.`usage`, s.`unit_price`, s.`reference`, s.`department`, s.`cost_center`, s.`booked_to`, s.part, s.category, s.pool, s.scope, s.rule_id, s.parts_total, s.`booked` AS part_amount
    FROM shares AS s WHERE s.parts_total = 1
    UNION ALL
    SELECT s.`source`, s.`line`, s.`date`, s.`vendor`, s.`description`, s.`account`, s.`currency`, s.`amount`, s.`booked`, s.`quantity`, s.`ts_month`, s.`ts_amount`, s.`usage`, s.`unit_price`, s.`reference`, s.`department`, s.`cost_center`, s.`booked_to`, s.part, s.category, s.pool, s.scope, s.rule_id, s.parts_total, CASE s.amount_scale WHEN 0 THEN CAST(CAST(s.base + CASE WHEN s.rank_in_line <= s.leftover THEN 1 ELSE 0 END AS DECIMAL(38,0)) * CAST('1' AS DECIMAL(38,0)) AS DECIMAL(38,12)) WHEN 1 THEN CAST(CAST(s.base + CASE WHEN s.rank_in_line <= s.leftover THEN 1 ELSE 0 END AS DECIMAL(38,0)) * CAST('0.1' AS DECIMAL(38,1)) AS DECIMAL(38,12)) WHEN 2 THEN CAST(CAST(s.base + CASE WHEN s.rank_in_line <= s.leftover THEN 1 ELSE 0 END AS DECIMAL(38,0)) * CAST('0.01' AS DECIMAL(38,2)) AS DECIMAL(38,12)) WHEN 3 THEN CAST(CAST(s.base + CASE WHEN s.rank_in_line <= s.leftover THEN 1 ELSE 0 END AS DECIMAL(38,0)) * CAST('0.001' AS DECIMAL(38,3)) AS DECIMAL(38,12)) WHEN 4 THEN CAST(CAST(s.base + CASE WHEN s.rank_in_line <= s.leftover THEN 1 ELSE 0 END AS DECIMAL(38,0)) * CAST('0.0001' AS DECIMAL(38,4)) AS DECIMAL(38,12)) WHEN 5 THEN CAST(CAST(s.base + CASE WHEN s.rank_in_line <= s.leftover THEN 1 ELSE 0 END AS DECIMAL(38,0)) * CAST('0.00001' AS DECIMAL(38,5)) AS DECIMAL(38,12)) WHEN 6 THEN CAST(CAST(s.base + CASE WHEN s.rank_in_line <= s.leftover THEN 1 ELSE 0 END AS DECIMAL(38,0)) * CAST('0.000001' AS DECIMAL(38,6)) AS DECIMAL(38,12)) WHEN 7 THEN CAST(CAST(s.base + CASE WHEN s.rank_in_line <= s.leftover THEN 1 ELSE 0 END AS DECIMAL(38,0)) * CAST('0.0000001' AS DECIMAL(38,7)) AS DECIMAL(38,12)) WHEN 8 THEN CAST(CAST(s.base + CASE WHEN s.rank_in_line <= s.leftover THEN 1 ELSE 0 END AS DECIMAL(38,0)) * CAST('0.00000001' AS DECIMAL(38,8)) AS DECIMAL(38,12)) WHEN 9 THEN CAST(CAST(s.base + CASE WHEN s.rank_in_line <= s.leftover THEN 1 ELSE 0 END AS DECIMAL(38,0)) * CAST('0.000000001' AS DECIMAL(38,9)) AS DECIMAL(38,12)) WHEN 10 THEN CAST(CAST(s.base + CASE WHEN s.rank_in_line <= s.leftover THEN 1 ELSE 0 END AS DECIMAL(38,0)) * CAST('0.0000000001' AS DECIMAL(38,10)) AS DECIMAL(38,12)) WHEN 11 THEN CAST(CAST(s.base + CASE WHEN s.rank_in_line <= s.leftover THEN 1 ELSE 0 END AS DECIMAL(38,0)) * CAST('0.00000000001' AS DECIMAL(38,11)) AS DECIMAL(38,12)) WHEN 12 THEN CAST(CAST(s.base + CASE WHEN s.rank_in_line <= s.leftover THEN 1 ELSE 0 END AS DECIMAL(38,0)) * CAST('0.000000000001' AS DECIMAL(38,12)) AS DECIMAL(38,12)) END * CASE WHEN s.`booked` < 0 THEN -1 ELSE 1 END AS part_amount
    FROM (SELECT s.*,
      s.units - SUM(s.base) OVER (PARTITION BY `source`, `line`) AS leftover,
      ROW_NUMBER() OVER (PARTITION BY `source`, `line` ORDER BY s.remainder DESC, s.part) AS rank_in_line
    FROM unit_shares AS s) AS s
  )
SELECT a.`source`, a.`line`, a.`date`, a.`vendor`, a.`description`, a.`account`,
  a.part_amount AS `amount`,
  a.`currency`, a.category, f.function_name AS `function`, a.pool, a.rule_id AS `rule`, a.scope, a.`booked`, a.`quantity`, a.`ts_month`, a.`ts_amount`, a.`usage`, a.`unit_price`, a.`reference`, a.`department`, a.`cost_center`, a.`booked_to`, a.part, a.parts_total
FROM allocated AS a LEFT JOIN category_functions AS f ON f.category = a.category
    ) AS c WHERE c.booked IS NOT NULL
  ),
  ts_facts AS (
    SELECT c.category, c.pool, c.scope, c.`rule` IS NOT NULL AS matched, coalesce(c.vendor, '') AS vendor, c.ts_month AS month,
      CASE WHEN c.parts_total = 1 AND c.quantity IS NOT NULL THEN coalesce(c.account, '') END AS item_account,
      CASE WHEN c.parts_total = 1 AND c.quantity IS NOT NULL THEN coalesce(c.description, '') END AS item_description,
      SUM(c.amount) AS amount, COUNT(*) AS lines,
      SUM(CASE WHEN c.parts_total = 1 THEN c.quantity END) AS quantity,
      COUNT(CASE WHEN c.parts_total = 1 THEN c.quantity END) AS quantity_lines,
      SUM(CASE WHEN coalesce(c.part, 1) = 1 THEN c.booked END) AS line_amount,
      COUNT(CASE WHEN coalesce(c.part, 1) = 1 THEN 1 END) AS line_count
    FROM ts_categorized AS c
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
  )
SELECT f.*, 'fact' AS grain, NULL AS `source`, NULL AS `line`, NULL AS `date`, NULL AS `rule`, NULL AS `description`, NULL AS `account`, NULL AS `currency`, NULL AS `source_amount`, NULL AS `usage`, NULL AS `unit_price`, NULL AS `reference`, NULL AS `department`, NULL AS `cost_center`, NULL AS `booked_to` FROM ts_facts AS f
UNION ALL
SELECT c.category, c.pool, c.scope, TRUE AS matched, coalesce(c.vendor, '') AS vendor, c.ts_month AS month, NULL AS item_account, NULL AS item_description,
  c.booked AS amount, NULL AS lines, c.quantity, NULL AS quantity_lines, NULL AS line_amount, NULL AS line_count,
  'line' AS grain, c.`source`, c.`line`, c.`date`, c.`rule`, coalesce(c.description, '') AS description, coalesce(c.account, '') AS account, c.currency,
  CAST(c.ts_amount AS DECIMAL(38,12)) AS source_amount, c.`usage`, c.unit_price, c.reference, c.department, c.cost_center, c.booked_to
FROM ts_categorized AS c
WHERE c.scope <> 'excluded' AND coalesce(c.part, 1) = 1 AND c.`rule` IS NOT NULL
UNION ALL
SELECT NULL AS category, NULL AS pool, NULL AS scope, NULL AS matched, s.vendor, s.month, NULL AS item_account, NULL AS item_description,
  NULL AS amount, NULL AS lines, NULL AS quantity, NULL AS quantity_lines, s.side_amount AS line_amount, s.side_lines AS line_count,
  'source' AS grain, s.`source`, s.`line`, NULL AS `date`, NULL AS `rule`, NULL AS `description`, NULL AS `account`, NULL AS `currency`, NULL AS `source_amount`, NULL AS `usage`, NULL AS `unit_price`, NULL AS `reference`, NULL AS `department`, NULL AS `cost_center`, NULL AS `booked_to`
FROM (
  SELECT c.`source`, coalesce(c.vendor, '') AS vendor, c.ts_month AS month, c.`line`,
    SUM(c.booked) OVER (PARTITION BY c.`source`, c.vendor, c.ts_month) AS side_amount,
    COUNT(*) OVER (PARTITION BY c.`source`, c.vendor, c.ts_month) AS side_lines,
    ROW_NUMBER() OVER (PARTITION BY c.`source`, c.vendor, c.ts_month ORDER BY c.`line`) AS side_rank
  FROM ts_categorized AS c WHERE c.scope <> 'excluded' AND coalesce(c.part, 1) = 1
) AS s
WHERE s.side_rank <= 5
UNION ALL
SELECT NULL AS `category`, NULL AS `pool`, NULL AS `scope`, NULL AS `matched`, NULL AS `vendor`, NULL AS `month`, NULL AS `item_account`, NULL AS `item_description`, NULL AS `amount`, NULL AS `lines`, NULL AS `quantity`, NULL AS `quantity_lines`, NULL AS `line_amount`, NULL AS `line_count`,
  'date' AS grain, NULL AS `source`, NULL AS `line`, t.`date`, NULL AS `rule`, NULL AS `description`, NULL AS `account`, NULL AS `currency`, NULL AS `source_amount`, NULL AS `usage`, NULL AS `unit_price`, NULL AS `reference`, NULL AS `department`, NULL AS `cost_center`, NULL AS `booked_to`
FROM (SELECT DISTINCT c.`date` FROM ts_categorized AS c) AS t
ORDER BY grain, category, pool, scope, matched, vendor, month, item_account, item_description, `source`, `line`;
