"""Realistic Finnish demo content for `manage.py demo_data`.

generate.py plans everything in plain Python from a seed and a day; load.py writes the plan with
bulk inserts. The text material is split by topic: associations.py (kinds and names), places.py
(towns, villages, meeting places), texts_*.py (listing templates), phrases.py and schedules.py
(the practical sentences and times in each language).
"""
