variable "name" {
  description = "Name of the bucket."
  type        = string
}

variable "versioning" {
  description = "Whether to keep object versions."
  type        = bool
  default     = true
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
