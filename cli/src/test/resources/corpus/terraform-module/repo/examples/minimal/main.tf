module "bucket" {
  source = "../../"
  name   = "acme-example-minimal"
}
