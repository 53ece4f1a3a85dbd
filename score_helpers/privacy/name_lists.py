"""Common Filipino given names and surnames, for finding names when there is no roster.

Curated by hand from names common in Philippine workplaces (the most frequent PH surnames:
Santos, Reyes, Cruz, Bautista, Ocampo, Garcia, Mendoza, Torres ...; given names of several
generations, with the nicknames people use on the shop floor). A list is a net, not a
register of people: a name not here is still found after a marker such as "si" or "Mr.".

Some given names are also ordinary words or calendar words (May, June, Joy, Grace ...):
they are in AMBIGUOUS_GIVEN and count only with a listed surname or a marker.
"""

from __future__ import annotations


def listed(words: str) -> frozenset[str]:
    """The words of a text block, as a set (the lists below are typed as prose)."""
    return frozenset(words.split())


GIVEN_NAMES: frozenset[str] = listed("""
Maria Ma Jose Juan Pedro Antonio Manuel Ramon Roberto Ricardo Eduardo Fernando Francisco
Rogelio Romeo Rodrigo Reynaldo Rolando Renato Danilo Ernesto Alfredo Armando Arnel Arnold
Benjamin Ben Bong Boyet Bernardo Carlos Cesar Dante Dennis Diosdado Domingo Edgar Edwin
Efren Emilio Enrique Felipe Gregorio Herminio Ignacio Isidro Jaime Jerome Jericho Joel
Jomar Jonathan Jun Junjun Leonardo Lito Lorenzo Luis Marlon Mario Michael Nestor Noel
Nonoy Orlando Pablo Paolo Rafael Randy Raul Rey Reynante Rommel Ronaldo Ruben Rudy Salvador
Sergio Teodoro Tomas Vicente Victor Virgilio Wilfredo Zaldy Christian Kevin Kenneth Mark
John Joshua Angelo Carlo Paulo Miguel Gabriel Rafael Jerico Aldrin Alvin Ariel Archie
Ana Anna Angelica Aileen Alma Amelia Analyn Angelina Aurelia Bea Bernadette Carmela Carmen
Catherine Cecilia Charito Clara Consuelo Corazon Cristina Cynthia Daisy Divina Dolores
Elena Elizabeth Elvira Erlinda Estrella Evelyn Felicidad Flordeliza Gemma Gina Gloria
Imelda Irene Jennifer Jocelyn Josefina Juanita Julie Kristine Kristin Leonora Liza Lorna
Lourdes Luz Lyn Maricel Marilou Marites Marivic Marissa Maryjane Melanie Merlinda Mylene
Nena Nora Norma Perla Pilar Precy Rachelle Rebecca Remedios Rhea Rhodora Rosalinda
Rosario Rosemarie Rowena Ruby Sheila Shirley Sonia Teresita Thelma Trining Vilma Virginia
Wilma Yolanda Zenaida Princess Kimberly Camille Nicole Jasmine Althea Andrea Bianca Joy
May June April Grace Rose Rosa Angel Faith Hope Baby Cherry Mercy Star Charity Honey
""")

# Given names that are also ordinary or calendar words: only with a surname or a marker.
AMBIGUOUS_GIVEN: frozenset[str] = listed("""
Ma Joy May June April Grace Rose Rosa Angel Faith Hope Baby Cherry Mercy Star Charity Honey
Mark Ben Rey Jun Luz Ruby Daisy Princess Divina Carmen Clara Estrella Gloria Pilar Domingo
Precy Dolores Consuelo Remedios Salvador Victor Felicidad Lourdes Rosario Amelia
""")

SURNAMES: frozenset[str] = listed("""
Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Castillo Flores Villanueva Ramos
Castro Rivera Aquino Navarro Salazar Mercado Gonzales Gonzalez Lopez Hernandez Perez
Rodriguez Fernandez Guzman Aguilar Marquez Pascual Dizon Domingo Santiago
Soriano Manalo Valdez Villegas Tolentino Salvador Samonte Sarmiento Serrano Sison Tan Lim
Uy Go Chua Co Ong Sy Yap Javier Jimenez Lacson Lagman Lazaro Legaspi Lorenzo Lucero
Macaraeg Magbanua Magno Malabanan Mallari Manalang Manansala Medina Miranda Molina Morales
Nepomuceno Nicolas Ortega Padilla Panganiban Pangilinan Pineda Quiambao Quizon Ramirez
Robles Roque Rosales Roxas Sanchez Sevilla Silva Tamayo Tiongson Umali Velasco Vergara
Vicente Villar Yambao Zamora Abad Abella Acosta Agustin Alcantara Alvarez Andrada Antonio
Aragon Arellano Austria Avila Bacani Balagtas Baltazar Banaag Bernardo Buenaventura
Cabrera Calderon Capistrano Carreon Casipit Catapang Cayetano Concepcion Corpuz Cortez
Cuevas Dantes David Dimaculangan Dimaano Dimagiba Enriquez Espinosa Estrada Evangelista
Fajardo Feliciano Francisco Galang Gatchalian Gomez Guevarra Gutierrez Ilagan Ignacio
Jacinto Lagdameo Landicho Laurel Ledesma Macapagal Madrigal Manuel Mangubat Mariano
Marasigan Matias Montemayor Natividad Obispo Ochoa Pacheco Palma Paredes Peralta Peralta
Quintos Rivas Romero Ruiz Salonga Tanaka Tuazon Valenzuela Villareal Villaruel Yulo
""")

# Surnames written with a particle ("dela Cruz", "de Guzman", "delos Santos").
PARTICLES: tuple[str, ...] = ("de la", "de los", "dela", "delos", "del", "de", "dele")
