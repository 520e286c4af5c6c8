from peoplemoves.cli.main import main

raise SystemExit(main())
