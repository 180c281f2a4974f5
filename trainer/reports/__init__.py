"""Reports for trainers, organizers and funders: built once as values, exported to CSV, XLSX or PDF."""
