module github.com/cci/infra-oasdiff

go 1.24

require github.com/oasdiff/oasdiff v1.39.0
