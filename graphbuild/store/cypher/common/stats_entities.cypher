MATCH (e:Entity)
RETURN labels(e) AS labels, count(e) AS n
