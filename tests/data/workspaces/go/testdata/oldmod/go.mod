module example.com/oldmod

go 1.16

require github.com/google/uuid v1.1.0
