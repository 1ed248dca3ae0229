CREATE INDEX FOR (n:{{label}}) ON (n.name)
