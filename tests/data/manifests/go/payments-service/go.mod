module github.com/acme/payments-service

go 1.22

toolchain go1.22.3

require (
	github.com/acme/shared-kit v0.4.2
	github.com/gin-gonic/gin v1.9.1
	github.com/google/uuid v1.6.0
	github.com/jackc/pgx/v5 v5.5.5
	go.opentelemetry.io/otel v1.24.0
	google.golang.org/grpc v1.62.1
)

require (
	github.com/bytedance/sonic v1.11.3 // indirect
	github.com/gabriel-vasile/mimetype v1.4.3 // indirect
	golang.org/x/net v0.22.0 // indirect
	golang.org/x/sys v0.18.0 // indirect
	google.golang.org/protobuf v1.33.0 // indirect
)

require github.com/stretchr/testify v1.9.0

// Local checkout while shared-kit 0.5 is in review.
replace github.com/acme/shared-kit => ../shared-kit

// CVE-2023-45288: HTTP/2 CONTINUATION flood.
replace golang.org/x/net v0.22.0 => golang.org/x/net v0.23.0

// Only applies to v0.17.0, which is not required.
replace golang.org/x/sys v0.17.0 => golang.org/x/sys v0.17.1

replace github.com/gin-gonic/gin => github.com/acme-forks/gin v1.9.2-0.20240301101010-abcdef123456

exclude google.golang.org/grpc v1.61.0

retract (
	v1.0.1 // published with a broken migration
	[v1.0.5, v1.0.6]
)
