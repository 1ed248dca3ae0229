CREATE INDEX FOR (n:{{label}}) ON (n.id)
