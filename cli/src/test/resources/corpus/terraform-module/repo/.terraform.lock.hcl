# This file is maintained automatically by "terraform init".
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.74.0"
  constraints = ">= 5.0"
}
