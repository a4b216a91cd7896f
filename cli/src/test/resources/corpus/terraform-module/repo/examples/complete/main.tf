provider "aws" {
  region = "eu-west-1"
}

module "bucket" {
  source     = "../../"
  name       = "acme-example-complete"
  versioning = true
  tags       = { Environment = "example" }
}
