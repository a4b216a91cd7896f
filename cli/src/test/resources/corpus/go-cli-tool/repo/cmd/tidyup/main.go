package main

import (
	"os"

	"github.com/acme/tidyup/internal/scan"
	"github.com/spf13/cobra"
)

func main() {
	root := &cobra.Command{
		Use:   "tidyup [dir]",
		Short: "Finds stale files in a folder",
		RunE: func(cmd *cobra.Command, args []string) error {
			return scan.Run(cmd.OutOrStdout(), args)
		},
	}
	if err := root.Execute(); err != nil {
		os.Exit(1)
	}
}
