terraform {
  backend "s3" {
    bucket = "acme-platform-tfstate"
    key    = "platform/terraform.tfstate"
    region = "eu-west-1"
  }
}

resource "aws_ecr_repository" "api" {
  name = "platform-api"
}
