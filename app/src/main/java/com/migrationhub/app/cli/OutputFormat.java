package com.migrationhub.app.cli;

/** Output formats of the listing commands. */
enum OutputFormat { table, csv, json, text }
