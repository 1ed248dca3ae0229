CREATE INDEX `graphbuild_{{label_name}}_name` IF NOT EXISTS
FOR (n:{{label}}) ON (n.name)
