module github.com/acme/tidyup

go 1.23

require (
	github.com/spf13/cobra v1.8.1
)
