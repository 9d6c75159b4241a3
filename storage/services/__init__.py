"""Services: each public method is one unit of work (`async with sessions.begin():`) over the repositories."""
