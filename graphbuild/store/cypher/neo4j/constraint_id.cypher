CREATE CONSTRAINT `graphbuild_{{label_name}}_id` IF NOT EXISTS
FOR (n:{{label}}) REQUIRE n.id IS UNIQUE
