module github.com/acme/broken

go 1.22

require (
	github.com/google/uuid v1.6.0
	github.com/pkg/errors
	golang.org/x/text v0.14.0 // indirect
)

require github.com/stretchr/testify 1.9.0
replace github.com/pkg/errors => github.com/pkg/errors-fork
frobnicate github.com/x/y v1.0.0
go 1.22.x
require (
	github.com/spf13/cobra v1.8.0
