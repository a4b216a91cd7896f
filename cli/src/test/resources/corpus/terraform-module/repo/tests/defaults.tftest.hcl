variables {
  name = "acme-test-bucket"
}

run "versioning_is_on_by_default" {
  command = plan

  assert {
    condition     = aws_s3_bucket_versioning.this.versioning_configuration[0].status == "Enabled"
    error_message = "versioning should be enabled by default"
  }
}
