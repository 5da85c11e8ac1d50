module github.com/cci/infra-mailpit

go 1.24

require github.com/axllent/mailpit v1.33.1
