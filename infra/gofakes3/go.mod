module github.com/cci/infra-gofakes3

go 1.24

require github.com/johannesboyne/gofakes3 v1.2.0
